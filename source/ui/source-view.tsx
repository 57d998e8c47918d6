import {Box, Text} from 'ink';
import type {Span, TimelineEvent} from '../core/model.js';
import {clipLine} from './cell-width.js';
import type {ArticleView} from './content.js';
import {articleHeaderHeight} from './environment.js';
import {ScrollWindow} from './scroll-window.js';
import {useSettings} from './settings.js';
import {StyledLine} from './styled-line.js';
import {displayString, lineRuns, type Mark} from './text-layout.js';

type Props = {
	view: ArticleView;
	/** The event that led here: its sentences in this article are marked. */
	event: TimelineEvent | undefined;
	top: number;
	highlight: number;
	/** What `/` found in the text, and which of it n/N went to (-1 none). */
	found: readonly Span[];
	finding: number;
	width: number;
	height: number;
};

/** The full text of a source article: header, then the wrapped text with its highlights. */
export function SourceView({view, event, top, highlight, found, finding, width, height}: Props) {
	const {reorderBidi} = useSettings();
	const {article, lines, highlights} = view;
	const sentences: Mark[] = (event?.mentions ?? [])
		.filter((mention) => mention.article === article.id)
		.map((mention) => ({...mention.sentence, kind: 'sentence'}));
	// The occurrence n/N went to stands out, else the highlight ] [ went to.
	const current = found[finding] ?? highlights[highlight];
	const marks: Mark[] = [...highlights, ...sentences, ...found.map((span) => ({...span, kind: 'match' as const})), ...(current ? [{...current, kind: 'current' as const}] : [])];
	const meta = [article.outlet ?? 'unknown outlet', article.published ?? 'undated', article.language, article.url ?? article.path].join(' · ');
	const textHeight = Math.max(0, height - articleHeaderHeight);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold wrap="truncate-end">
				{displayString(clipLine(article.title, width), reorderBidi)}
			</Text>
			<Text dimColor wrap="truncate-end">
				{clipLine(meta, width)}
			</Text>
			<Text dimColor wrap="truncate-end">
				{'─'.repeat(width)}
			</Text>
			<ScrollWindow rows={lines} top={top} height={textHeight}>
				{(line) => {
					const inSentence = sentences.some((mark) => mark.start < line.end && mark.end > line.start);
					return <StyledLine runs={lineRuns(line, marks)} indent={line.indent} gutter={inSentence ? '▌ ' : '  '} />;
				}}
			</ScrollWindow>
		</Box>
	);
}
