// Names, aliases and pinyin keys of named entities; the search service scores them (substring,
// alias, full pinyin, initials).
MATCH (e)
WHERE e.kind IN $kinds
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.pinyin AS pinyin, e.initials AS initials
