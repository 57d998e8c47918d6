import type {Histogram} from './histogram.js';
import type {TimelineModel} from './model.js';

/**
 * A preview: a model of only the events and articles the interface's first frame shows of a
 * large corpus (its key events and their sources), taken from the start file while the whole
 * model is read, and what it stands for: the whole model's counts and its coverage.
 */
export type PreviewTotals = {articles: number; events: number; coverage: Histogram};

const previews = new WeakMap<TimelineModel, PreviewTotals>();

export function registerPreview(model: TimelineModel, totals: PreviewTotals): TimelineModel {
	previews.set(model, totals);
	return model;
}

/** The whole model's counts and coverage, when `model` is a preview of it. */
export const previewOf = (model: TimelineModel): PreviewTotals | undefined => previews.get(model);
