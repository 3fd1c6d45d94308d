/** The home page's way into /h5/privacy. */
export function PersonalDataShortcut() {
  return null;
}
