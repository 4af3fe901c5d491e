/** The user's language from the environment, as POSIX orders it: LC_ALL, then LC_MESSAGES, then LANG. */
export function localeFromEnvironment(env: NodeJS.ProcessEnv): 'de' | 'en' {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^de([_.@-]|$)/i.test(value) ? 'de' : 'en';
}
