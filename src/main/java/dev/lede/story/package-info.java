/**
 * Story clustering: groups coverage of one real-world event into a story, and finds related
 * stories.
 */
package dev.lede.story;
