/**
 * Implementation of the site: view models for the templates, render cache, rate limiter, text and
 * URL sanitising. Not API: may change without notice.
 */
package dev.lede.web.internal;
