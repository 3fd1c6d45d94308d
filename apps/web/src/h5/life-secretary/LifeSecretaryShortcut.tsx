/** The home page's way into /h5/messages. */
export function LifeSecretaryShortcut() {
  return null;
}
