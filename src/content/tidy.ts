// The content script's second half: the clutter finders and the comment model, loaded only on
// pages detection took for articles (most pages a browser opens are not, and never pay for them).
// Built as an ES module (tidy.js) that ./index.ts imports by its extension URL.
import { findClutter } from '../core/tidy';
import { declutter, type Declutter } from '../core/tidy/declutter';

export { watchLateWidgets } from './late-widgets';

/** Cuts the page's clutter now: comment widgets may still be loading, so a bare root stays. */
export const tidyNow = (): Declutter => declutter(findClutter(document.body, { widgetsSettled: false }));
