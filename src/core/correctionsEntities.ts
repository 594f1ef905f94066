// The entities corpus.yaml corrects, found by id, display name or alias in any letter case. Every entry of the
// file names one, so names are looked up in maps, not by a scan of every entity: 20,000 entries over a large
// corpus cost 20,000 look-ups, not entries × entities.
import type { Entity } from './types';
import { foldCase } from './text/fold';
import { ListMap } from './util/listMap';

export const foldName = (s: string): string => foldCase(s.trim());

/**
 * Entities by id, in the order they were added, with indexes of every name and alias they were ever given.
 * An index may hold a name an entity no longer has; a look-up checks the entity's present names, so a caller
 * only has to say what it added (`named`, `aliased`), never what it removed.
 */
export class CorrectedEntities {
  private readonly byId = new Map<string, Entity>();
  /** Each id's place in byId's order, which decides between entities of one name as a scan of byId would. */
  private readonly rank = new Map<string, number>();
  private added = 0;
  private readonly byName = new ListMap<string, Entity>();
  private readonly byAlias = new ListMap<string, Entity>();

  constructor(entities: readonly Entity[]) {
    for (const e of entities) this.set(e);
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  values(): IterableIterator<Entity> {
    return this.byId.values();
  }

  set(entity: Entity): void {
    if (!this.rank.has(entity.id)) this.rank.set(entity.id, this.added++);
    this.byId.set(entity.id, entity);
    this.named(entity);
    for (const alias of entity.aliases) this.aliased(entity, alias);
  }

  delete(id: string): void {
    this.byId.delete(id);
    this.rank.delete(id);
  }

  /** Records the entity's present display name. */
  named(entity: Entity): void {
    this.byName.add(foldName(entity.name), entity);
  }

  aliased(entity: Entity, alias: string): void {
    this.byAlias.add(foldName(alias), entity);
  }

  /** The entity with this id, else the first with this name, else the first with this alias. */
  find(name: string): Entity | undefined {
    const key = foldName(name);
    return (
      this.byId.get(name) ??
      this.first(this.byName.get(key), (e) => foldName(e.name) === key) ??
      this.first(this.byAlias.get(key), (e) => e.aliases.some((a) => foldName(a) === key))
    );
  }

  private first(candidates: readonly Entity[] | undefined, isCalled: (e: Entity) => boolean): Entity | undefined {
    let first: Entity | undefined;
    for (const e of candidates ?? []) {
      if (this.byId.get(e.id) !== e || !isCalled(e)) continue;
      if (!first || this.rank.get(e.id)! < this.rank.get(first.id)!) first = e;
    }
    return first;
  }
}
