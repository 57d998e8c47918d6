/** Why something failed, in a few words for a user: the common file-system codes named, else the error's first line. */
export function errorReason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'ENOENT') return 'file disappeared while reading';
	if (code === 'ELOOP') return 'symbolic link loop';
	if (code === 'ENAMETOOLONG') return 'path too long for the system';
	return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}
