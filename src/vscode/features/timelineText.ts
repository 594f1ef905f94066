// The Timeline panel's words in the editor's language: the page has no l10n of its own, so the extension sends these.
import * as vscode from 'vscode';
import type { TimelineStrings } from '../../core/pictures/timelineMessages';

export const timelineTitle = (): string => vscode.l10n.t('Corpus: Timeline');

export function timelineStrings(): TimelineStrings {
  return {
    zoomLabel: vscode.l10n.t('Bucket size'),
    day: vscode.l10n.t('Day'),
    week: vscode.l10n.t('Week'),
    month: vscode.l10n.t('Month'),
    find: vscode.l10n.t('Find a person, place or organization'),
    filterButton: vscode.l10n.t('Filter'),
    plotButton: vscode.l10n.t('Plot mentions'),
    filterChip: vscode.l10n.t('Mentioning {0}'),
    plotChip: vscode.l10n.t('Mentions of {0}'),
    remove: vscode.l10n.t('Remove'),
    summary: vscode.l10n.t('{0} articles, {1} events.'),
    undated: vscode.l10n.t('{0} articles have no date and are not on the axis.'),
    nothingDated: vscode.l10n.t('No article or event here has a date.'),
    articlesIn: vscode.l10n.t('Articles in {0}'),
    eventsIn: vscode.l10n.t('Events in {0}'),
    sources: vscode.l10n.t('Sources'),
    participants: vscode.l10n.t('Participants'),
    more: vscode.l10n.t('{0} more not listed.'),
    articlesAxis: vscode.l10n.t('Articles per bucket'),
    eventsAxis: vscode.l10n.t('Events'),
    bucketLabel: vscode.l10n.t('{2}: {0} articles, {1} events'),
    noChoices: vscode.l10n.t('No matching names.'),
    help: vscode.l10n.t('Arrows move along a row, Up and Down switch between events and articles, Enter opens, + and − zoom.'),
  };
}
