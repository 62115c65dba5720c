// The toolbar button's badge and title: what Tidy Reader found and cut on this tab.
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { PageStatus } from '../shared/messages';

const BADGE_COLOR = '#1f6f6b';

export function badgeText(status: PageStatus): string {
  if (!status.isArticle) return '';
  return status.removedCount > 0 ? String(Math.min(status.removedCount, 99)) : '';
}

/** "Tidy Reader — Article · empty comments, 14 blank lines" */
export function badgeTitle(status: PageStatus): string {
  if (!status.isArticle) return t('badgeNotArticle');
  if (!status.summary) return t('badgeArticle');
  return `${t('badgeArticle')} · ${status.tidied ? status.summary : t('badgeCouldCut', status.summary)}`;
}

export async function showStatus(tabId: number, status: PageStatus): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badgeText(status) }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
    browser.action.setTitle({ tabId, title: badgeTitle(status) }),
  ]);
}
