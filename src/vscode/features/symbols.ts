// Workspace symbols (Ctrl+T): people, places, organizations and events, matched loosely (a subsequence,
// ignoring case and ё/е; the editor ranks). Each symbol sits at its introducing mention (an event at its
// first source); the container shows a role or the kind of thing.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/index/corpusIndex';
import { looseMatch } from '../../core/index/corpusIndex';
import type { Entity, EntityType } from '../../core/types';
import type { CorpusService } from '../corpusService';
import { locationOf } from '../indexedDocument';

const MAX_SYMBOLS = 1000;

const KIND: Record<EntityType, vscode.SymbolKind> = {
  PER: vscode.SymbolKind.Class,
  LOC: vscode.SymbolKind.Package,
  ORG: vscode.SymbolKind.Module,
};

function typeLabel(type: EntityType): string {
  return type === 'PER' ? vscode.l10n.t('Person') : type === 'LOC' ? vscode.l10n.t('Place') : vscode.l10n.t('Organization');
}

/** The role the entity is introduced with, else its first role, else its kind. */
function container(index: CorpusIndex, entity: Entity): string {
  const intro = index.introducingMention(entity.id);
  const role = (intro && index.roleOf(intro)) ?? entity.roles[0];
  return role ? role.title : typeLabel(entity.type);
}

export function workspaceSymbols(corpus: CorpusService, query: string): vscode.SymbolInformation[] {
  const index = corpus.index;
  const out: vscode.SymbolInformation[] = [];
  for (const entity of index.entitiesMatching(query)) {
    if (out.length >= MAX_SYMBOLS) break;
    const intro = index.introducingMention(entity.id);
    const location = intro && locationOf(corpus, intro);
    if (!location) continue;
    // The editor filters symbols by name again: when only a spelling matched (Віткофф), name the symbol by it.
    const spelling = looseMatch(query, entity.name) ? undefined : entity.aliases.find((a) => looseMatch(query, a));
    const where = container(index, entity);
    out.push(new vscode.SymbolInformation(spelling ?? entity.name, KIND[entity.type], spelling ? `${entity.name} · ${where}` : where, location));
  }
  for (const event of index.eventsMatching(query)) {
    if (out.length >= MAX_SYMBOLS) break;
    const first = index.firstInCorpus(event.sources);
    const location = first && locationOf(corpus, first);
    if (!location) continue;
    const when = event.end && event.end !== event.date ? `${event.date} – ${event.end}` : event.date;
    out.push(new vscode.SymbolInformation(event.title, vscode.SymbolKind.Event, vscode.l10n.t('Event, {0}', when), location));
  }
  return out;
}

export function registerSymbols(corpus: CorpusService): vscode.Disposable {
  return vscode.languages.registerWorkspaceSymbolProvider({
    provideWorkspaceSymbols: (query) => workspaceSymbols(corpus, query),
  });
}
