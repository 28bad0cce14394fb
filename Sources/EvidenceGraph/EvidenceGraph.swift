// The library product: one import gives the graph core, the XML loader and validator,
// the query language and the clinical assessment.
@_exported import EvidenceGraphCore
@_exported import EvidenceGraphXML
@_exported import EvidenceGraphQuery
@_exported import EvidenceGraphAssessment
