import {useCallback, useMemo, useRef, useState} from 'react';
import {applyCuration, withoutLastStep, withStep, type Curation, type CurationStep} from '../core/curation/curation.js';
import {articleTextsOf, eventIdentity, type ArticleTexts} from '../core/curation/event-identity.js';
import type {TimelineModel} from '../core/model.js';
import {App, type AppProps} from './app.js';
import {lastResult} from './last-result.js';
import type {CurateCall} from './navigation.js';
import type {ReloadProgress} from './use-reload.js';

export type CuratedAppProps = Omit<AppProps, 'curate' | 'unmatchedSteps'> & {
	curation: Curation;
	/** Saves the curation after each step; null when its file is damaged (read-only: said on each step). */
	save: ((curation: Curation) => Promise<void>) | null;
	/** Why the curation is not saved, when `save` is null. */
	readOnlyReason?: string;
	/** What is shown of the curated model (`--key-events N`): applied after the curation, so a pinned event always shows. */
	narrow?: (model: TimelineModel) => TimelineModel;
};

const same = (model: TimelineModel) => model;

const narrowed = (narrow: (model: TimelineModel) => TimelineModel, model: TimelineModel) => narrow(model);

/** The step a call asks for, and what to say once it is taken; or why there is none. */
function stepOf(call: CurateCall, texts: ArticleTexts): {step: CurationStep; done: string} | string {
	const {action, event, other, text, source} = call;
	if (!event) return action === 'merge' ? 'the marked event is gone: m marks again' : 'no event selected';
	const identity = eventIdentity(event, texts);
	switch (action) {
		case 'pin':
			return event.pinned ? 'already pinned · u undoes the last step' : {step: {action, event: identity}, done: 'pinned: always shown · u undoes'};
		case 'hide':
			return {step: {action, event: identity}, done: 'hidden · u undoes'};
		case 'rename':
			return text === undefined || text === event.title ? 'title unchanged' : {step: {action, event: identity, title: text}, done: 'renamed · u undoes'};
		case 'note':
			return text === undefined || text === event.note ? 'note unchanged' : {step: {action, event: identity, note: text}, done: 'note saved · u undoes'};
		case 'merge':
			return other ? {step: {action, event: identity, with: eventIdentity(other, texts)}, done: 'merged · u undoes'} : 'no event to merge with';
		case 'split':
			return source === undefined ? 'no source selected' : {step: {action, event: identity, source}, done: 'split into an event of its own · u undoes'};
		case 'undo':
			return 'nothing to undo';
	}
}

/** The app over `model` as curated: the curation keys add or take back a step, saved at once. */
export function CuratedApp({model, curation: initial, save, readOnlyReason, narrow = same, reload, ...props}: CuratedAppProps) {
	// The model as indexed: the start's, then each reload's; the app shows it curated.
	const [base, setBase] = useState(model);
	// A new model from the caller (the whole one after a start's preview) replaces the one as indexed.
	const [given, setGiven] = useState(model);
	if (given !== model) {
		setGiven(model);
		setBase(model);
	}
	const [curation, setCuration] = useState(initial);
	// The latest curation for the next step, whatever frame the step is taken in.
	const latest = useRef(initial);
	// Saves one after another, so the file ends with the last step even when keys come fast.
	const saving = useRef<Promise<unknown>>(Promise.resolve());
	// A reload is curated once: for the frame after it, the model its caller was given.
	const [curatedOnce] = useState(() => lastResult(applyCuration));
	const [narrowedOnce] = useState(() => lastResult(narrowed));
	const result = useMemo(() => curatedOnce(base, curation), [curatedOnce, base, curation]);
	const curated = useMemo(() => narrowedOnce(narrow, result.model), [narrowedOnce, narrow, result]);
	// Looked up when a step is taken: a map of every text would read every article at the start.
	const texts = useMemo(() => articleTextsOf(base), [base]);
	// A reload is curated as it comes in, with the steps taken so far.
	const curatedReload = useMemo(
		() =>
			reload &&
			(async (changed?: ReadonlySet<string>, progress?: ReloadProgress) => {
				// The quick model a reload shows first is curated too.
				const curated = (next: TimelineModel) => {
					setBase(next);
					return narrowedOnce(narrow, curatedOnce(next, latest.current).model);
				};
				const next = await reload(changed, progress && {...progress, shown: (model) => progress.shown(curated(model))});
				return next && curated(next);
			}),
		[reload, narrow, curatedOnce, narrowedOnce],
	);
	const curate = useCallback(
		async (call: CurateCall): Promise<string> => {
			const current = latest.current;
			let next: Curation;
			let done: string;
			if (call.action === 'undo') {
				if (current.steps.length === 0) return 'nothing to undo';
				next = withoutLastStep(current);
				done = `undid ${current.steps.at(-1)!.action}`;
			} else {
				const taken = stepOf(call, texts);
				if (typeof taken === 'string') return taken;
				next = withStep(current, taken.step);
				done = taken.done;
			}
			latest.current = next;
			setCuration(next);
			if (!save) return `not saved: ${readOnlyReason ?? 'the curation file is read-only'} · ${done}`;
			const saved = saving.current.then(async () => save(next));
			saving.current = saved.catch(() => undefined);
			try {
				await saved;
				return done;
			} catch (error) {
				return `not saved: ${error instanceof Error ? error.message : String(error)} · ${done}`;
			}
		},
		[texts, save, readOnlyReason],
	);
	return <App {...props} model={curated} curate={curate} reload={curatedReload} unmatchedSteps={result.unmatched.length} />;
}
