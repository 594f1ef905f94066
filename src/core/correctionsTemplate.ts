// The corpus.yaml that "Corpus: Open corpus.yaml" offers to create: every section commented out, with an
// example. Kept in core so the edit tests can run Rename, Merge and Hide on it as users uncomment it.

/** The starting file: every section, commented out, with an example (the format of corrections.ts). */
export const CORRECTIONS_TEMPLATE = `# Corrections to the Corpus Navigator index, applied on every (re)index.
# Name an entity by its id, display name or any alias, in any letter case.
# Uncomment a section and edit it; problems are shown in the Problems panel with their line.

# One entity from several; the first named gives the id:
# merge:
#   - [Стив Уиткофф, Steve Witkoff]

# A new display name:
# rename:
#   Стив Уиткофф: Стивен Уиткофф

# Not an entity: dropped with its mentions:
# ignore:
#   - Реклама Иванов

# These spellings become an entity of their own:
# split:
#   Джаред Кушнер: [Кушнер]

# More names that find the entity:
# aliases:
#   Владимир Зеленский: [Зеля]

# Roles to add:
# roles:
#   Рустем Умеров: [министр обороны]
`;
