import assert from 'node:assert/strict';
import {test} from 'node:test';
import {modelOf} from './helpers/analyze-texts.js';

// Rules a careful reader applies to names no table lists: each holds for any story.

const kindsOf = (texts: string[]) => {
	const model = modelOf(texts.map((text, index) => [String(index), text, {language: 'en'}]));
	return Object.fromEntries(model.entities.map((entity) => [entity.name, entity.kind]));
};

test('a title word before a single organization word is part of the name; before a person it is not', () => {
	const kinds = kindsOf(['Shares of General Motors fell after Employee Phil Schiller and Justice Anthony Mann spoke.']);
	assert.equal(kinds['General Motors'], 'organization');
	assert.equal(kinds['Phil Schiller'], 'person');
	assert.equal(kinds['Anthony Mann'], 'person');
});

test('a possessive ends a name and is folded: the owner and the thing owned are apart', () => {
	const kinds = kindsOf(["The court heard that Barack Obama's plan differs from Apple Computer's Mac OS X Lion."]);
	assert.equal(kinds['Barack Obama'], 'person');
	assert.equal(kinds['Apple Computer'], 'organization');
	assert.equal(kinds["Barack Obama's"], undefined);
	assert.notEqual(kinds['Mac OS X Lion'], 'person', 'a lone capital that is no initial marks a product');
});

test('a country inside a company name is not the place; "US$" is a currency', () => {
	const kinds = kindsOf(['The deal between Singapore Airlines and Air Canada is worth US$ 7 billion.']);
	assert.equal(kinds['Singapore Airlines'], 'organization');
	assert.equal(kinds['Air Canada'], 'organization');
	assert.equal(kinds.Singapore, undefined);
	assert.equal(kinds.Canada, undefined);
	assert.equal(kinds['United States'], undefined);
});

test('"New" inside a sentence opens a place name; a single name after "in" is a place', () => {
	const kinds = kindsOf(['The jet can fly from London to New York and was built in Toulouse.']);
	assert.equal(kinds['New York'], 'place');
	assert.equal(kinds.Toulouse, 'place');
});

test('the article or a model number around a name makes it a thing, not a person', () => {
	const kinds = kindsOf(['Apple unveiled the Royal Courts display and the plane has Rolls Trent 900 engines.']);
	assert.notEqual(kinds['Royal Courts'], 'person');
	assert.notEqual(kinds['Rolls Trent'], 'person');
});

test('a name whose first word the corpus uses alone is a company, one whose last word it uses alone a person', () => {
	const kinds = kindsOf([
		'The contract went to Lockheed Martin, and Tim Cook said so.',
		'Later, Lockheed said it would appeal. Analysts expected that Cook would comment.',
		'In March, Lockheed filed a protest, and Cook declined.',
	]);
	assert.equal(kinds['Lockheed Martin'], 'organization');
	assert.equal(kinds['Tim Cook'], 'person');
});
