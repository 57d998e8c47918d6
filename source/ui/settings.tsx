/**
 * The display settings every pane reads, given once at the top of the interface instead of
 * passed by hand through each component on the way down.
 */
import {createContext, useContext, type ReactNode} from 'react';

export type Settings = {
	/** False for NO_COLOR or --no-color: bold, underline and inverse carry the meaning. */
	color: boolean;
	/** Right-to-left text put into display order (a terminal that does not do it itself). */
	reorderBidi: boolean;
};

const SettingsContext = createContext<Settings | null>(null);

export function SettingsProvider({settings, children}: {settings: Settings; children: ReactNode}) {
	return <SettingsContext.Provider value={settings}>{children}</SettingsContext.Provider>;
}

export function useSettings(): Settings {
	const settings = useContext(SettingsContext);
	// A pane drawn outside the provider would guess at colour and direction: a bug to find at once.
	if (!settings) throw new Error('useSettings() outside a SettingsProvider');
	return settings;
}
