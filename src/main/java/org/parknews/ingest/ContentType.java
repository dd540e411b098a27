package org.parknews.ingest;

/** Whether a document's text is markup that needs DOM cleaning or a plain text dump. */
public enum ContentType { TEXT, HTML }
