// The library product: one import gives the graph core, the XML loader and validator,
// the query language, the clinical assessment, and their presentation (tables, CSV, the JSON
// contracts, the Kùzu export).
@_exported import EvidenceGraphCore
@_exported import EvidenceGraphXML
@_exported import EvidenceGraphQuery
@_exported import EvidenceGraphAssessment
@_exported import EvidenceGraphFormats
@_exported import EvidenceGraphFHIR
