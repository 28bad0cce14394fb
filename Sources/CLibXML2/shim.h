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
#endif
