import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { i18n } from '../ui/i18n';

// antd's first render in jsdom is slow; the default 1 s wait for findBy* is too tight.
// Role queries skip the accessibility-tree check by default: it reads the computed style of every ancestor of
// every candidate, which made a role query over an antd page take seconds. A query that must tell hidden from
// shown elements (antd tables keep an aria-hidden measuring row) passes { hidden: false }.
configure({ asyncUtilTimeout: 5000, defaultHidden: true });

// antd's responsive helpers call matchMedia, which jsdom does not implement.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}

// antd tables and overflow menus observe their size; jsdom has no layout, so a silent observer will do.
if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
  Object.defineProperty(globalThis, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}

// jsdom rejects pseudo-element styles that antd asks for when measuring scrollbars.
const realGetComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (elt: Element) => realGetComputedStyle(elt);

afterEach(async () => {
  cleanup();
  window.localStorage.clear();
  await i18n.changeLanguage('zh-CN');
});
