/** Publishing: the web site, JSON API, feeds and sitemaps. */
package dev.lede.web;
