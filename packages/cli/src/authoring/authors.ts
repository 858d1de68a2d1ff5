// Who writes a new record when --author is not given: git's user.name, like adr-tools and git itself.

export async function gitUserName(
  cwd: string,
  env: Record<string, string | undefined>,
): Promise<string | null> {
  try {
    // Loaded on use so commands that never ask git for a name do not load simple-git.
    const { simpleGit } = await import('simple-git');
    const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as Record<
      string,
      string
    >;
    const { value } = await simpleGit({ baseDir: cwd }).env(clean).getConfig('user.name');
    return value?.trim() || null;
  } catch {
    // No git, no repository, no name configured: the template keeps its prompt for the authors.
    return null;
  }
}
