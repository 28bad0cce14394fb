import Testing
@testable import EvidenceGraphQuery

/// The names the REPL completes: functions in their usual spelling, keywords upper case.
@Suite struct QueryVocabularyTests {
    @Test func vocabularyListsFunctionsInTheirUsualSpelling() {
        #expect(QueryVocabulary.functionNames.contains("toLower"))
        #expect(QueryVocabulary.functionNames.contains("count"))
        #expect(QueryVocabulary.keywords.contains("MATCH"))
    }
}
