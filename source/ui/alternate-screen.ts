/**
 * The terminal's alternate screen, written by hand (ink 6 has no option for it): entered clean
 * with the cursor hidden, and left with the cursor shown, as the user's screen was.
 */
export const enterAlternateScreen = '\u001b[?1049h\u001b[2J\u001b[H\u001b[?25l';

/**
 * Mouse reporting: presses and the wheel (1000) in the SGR encoding (1006), which has no limit
 * on the column and is read apart from keys. Turned on after entering the alternate screen when
 * the mouse is wanted; leaving always turns it off, so no program after us gets mouse input.
 */
export const mouseReporting = {on: '\u001b[?1000h\u001b[?1006h', off: '\u001b[?1006l\u001b[?1000l'};

export const leaveAlternateScreen = `${mouseReporting.off}\u001b[?1049l\u001b[?25h`;

/** The alternate screen, and the mouse reported when it is wanted. */
export const enterScreen = (mouse: boolean) => enterAlternateScreen + (mouse ? mouseReporting.on : '');
