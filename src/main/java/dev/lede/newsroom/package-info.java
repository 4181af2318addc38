/**
 * The newsroom: one data folder opened ({@link dev.lede.newsroom.Workspace}: store and index), the
 * whole pipeline run over it ({@link dev.lede.newsroom.Newsroom}: ingest -> stories -> writing) and
 * served ({@link dev.lede.newsroom.NewsroomSiteData}, a {@link dev.lede.web.SiteData}). Commands
 * and benchmarks use only the public facades here; progress is reported to a {@link
 * dev.lede.newsroom.NewsroomListener}.
 */
package dev.lede.newsroom;
