// The C surface of libxml2 that EvidenceGraphXML uses.
// xmlversion.h comes first so that ICU can be switched off before encoding.h is read:
// Debian builds libxml2 with ICU, and the system ICU headers clash with Foundation's
// bundled ICU in debug builds ("'UErrorCode' has different definitions in different modules").
#ifndef EVIDENCEGRAPH_CLIBXML2_SHIM_H
#define EVIDENCEGRAPH_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlIO.h>
#include <libxml/tree.h>

/// `xmlFree` is a macro-like global function pointer; Swift cannot call it directly.
static inline void evg_xmlFree(void *p) { xmlFree(p); }

#include <string.h>
#if defined(__GLIBC__)
// glibc's vectorised reverse search (declared by <string.h> only under _GNU_SOURCE).
extern void *memrchr(const void *s, int c, size_t n);
#define EVG_MEMRCHR memrchr
#else
static inline void *evg_memrchr(const void *s, int c, size_t n) {
    const unsigned char *p = (const unsigned char *)s + n;
    while (p > (const unsigned char *)s) { if (*--p == (unsigned char)c) return (void *)p; }
    return NULL;
}
#define EVG_MEMRCHR evg_memrchr
#endif

/// The `<` that opened the tag the parser stands in or just finished: the last `<` before
/// `cur` (not before `base`), or `cur` itself when `cur` is one or there is none; the
/// newlines in between (`cur` excluded) go to `*newlines`.
static inline const unsigned char *evg_tag_open(const unsigned char *base, const unsigned char *cur, long *newlines) {
    *newlines = 0;
    if (*cur == '<' || cur <= base) return cur;
    const unsigned char *p = (const unsigned char *)EVG_MEMRCHR(base, '<', (size_t)(cur - base));
    if (p == NULL) return base;
    const unsigned char *q = p;
    long n = 0;
    while ((q = (const unsigned char *)memchr(q, '\n', (size_t)(cur - q))) != NULL) { n++; q++; }
    *newlines = n;
    return p;
}

/// The start of the line holding `p` (not before `base`).
static inline const unsigned char *evg_line_start(const unsigned char *base, const unsigned char *p) {
    if (p <= base) return base;
    const unsigned char *nl = (const unsigned char *)EVG_MEMRCHR(base, '\n', (size_t)(p - base));
    return nl ? nl + 1 : base;
}

/// The number of UTF-8 characters in [from, to).
static inline long evg_utf8_count(const unsigned char *from, const unsigned char *to) {
    long n = 0;
    for (; from < to; from++) n += ((*from & 0xC0) != 0x80);
    return n;
}
#endif
