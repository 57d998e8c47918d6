import {useCallback, useMemo, useRef, useState} from 'react';
import {applyCuration, withoutLastStep, withStep, type Curation} from '../core/curation/curation.js';
import {eventIdentity} from '../core/curation/event-identity.js';
import type {TimelineEvent} from '../core/model.js';
import {App, type AppProps} from './app.js';
import type {CurateAction} from './navigation.js';

export type CuratedAppProps = Omit<AppProps, 'curate'> & {
	curation: Curation;
	/** Saves the curation after each step; null when its file is damaged (read-only: said on each step). */
	save: ((curation: Curation) => Promise<void>) | null;
	/** Why the curation is not saved, when `save` is null. */
	readOnlyReason?: string;
};

/** The app over `model` as curated: H, p and u add or take back a step, saved at once. */
export function CuratedApp({model, curation: initial, save, readOnlyReason, reload, ...props}: CuratedAppProps) {
	// The model as indexed: the start's, then each reload's; the app shows it curated.
	const [base, setBase] = useState(model);
	const [curation, setCuration] = useState(initial);
	// The latest curation for the next step, whatever frame the step is taken in.
	const latest = useRef(initial);
	// Saves one after another, so the file ends with the last step even when keys come fast.
	const saving = useRef<Promise<unknown>>(Promise.resolve());
	const curated = useMemo(() => applyCuration(base, curation).model, [base, curation]);
	const texts = useMemo(() => new Map(base.articles.map((article) => [article.id, article.text])), [base]);
	// A reload is curated as it comes in, with the steps taken so far.
	const curatedReload = useMemo(
		() =>
			reload &&
			(async () => {
				const next = await reload();
				setBase(next);
				return applyCuration(next, latest.current).model;
			}),
		[reload],
	);
	const curate = useCallback(
		async (action: CurateAction, event: TimelineEvent | undefined): Promise<string> => {
			const current = latest.current;
			let next: Curation;
			let done: string;
			if (action === 'undo') {
				if (current.steps.length === 0) return 'nothing to undo';
				next = withoutLastStep(current);
				done = `undid ${current.steps.at(-1)!.action}`;
			} else {
				if (!event) return 'no event selected';
				if (action === 'pin' && event.pinned) return 'already pinned · u undoes the last step';
				next = withStep(current, {action, event: eventIdentity(event, texts)});
				done = action === 'hide' ? 'hidden · u undoes' : 'pinned: always shown · u undoes';
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
	return <App {...props} model={curated} curate={curate} reload={curatedReload} />;
}
