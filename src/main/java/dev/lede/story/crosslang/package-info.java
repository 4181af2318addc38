/**
 * Linking stories across languages: stories are clustered within a language, then a story in one
 * language is linked to the stories in other languages that report the same event, by what carries
 * across scripts (names by sound, CLDR place names, numbers with CJK numerals, dates, acronyms) and
 * time. {@link dev.lede.story.crosslang.CrossLanguageLinker} is the facade.
 */
package dev.lede.story.crosslang;
