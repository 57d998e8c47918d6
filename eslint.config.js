import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ignores: ['dist/', 'node_modules/', 'scratch/']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
			// Every spread argument is a stack slot: a list of 130,000 ends the run with a RangeError.
			'no-restricted-syntax': [
				'error',
				...[
					'CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement',
					'CallExpression[callee.object.name="Math"][callee.property.name=/^(max|min)$/] > SpreadElement',
					'CallExpression[callee.object.name="String"][callee.property.name=/^fromC(harCode|odePoint)$/] > SpreadElement',
				].map((selector) => ({selector, message: 'No spread arguments here: a large array overflows the stack. Use a loop (pushAll in source/core/collections.ts) or reduce.'})),
			],
		},
	},
);
