/**
 * The terminal's alternate screen, written by hand (ink 6 has no option for it): entered clean
 * with the cursor hidden, and left with the cursor shown, as the user's screen was.
 */
export const enterAlternateScreen = '\u001b[?1049h\u001b[2J\u001b[H\u001b[?25l';
export const leaveAlternateScreen = '\u001b[?1049l\u001b[?25h';
