/// TCK detail codes of compile-time errors the front end raises.
enum CompileErrorDetail: String, Sendable {
    case unexpectedSyntax = "UnexpectedSyntax"
    case integerOverflow = "IntegerOverflow"
    case floatingPointOverflow = "FloatingPointOverflow"
    case invalidNumberLiteral = "InvalidNumberLiteral"
    case invalidUnicodeLiteral = "InvalidUnicodeLiteral"
    case invalidUnicodeCharacter = "InvalidUnicodeCharacter"
    case undefinedVariable = "UndefinedVariable"
    case variableAlreadyBound = "VariableAlreadyBound"
    case variableTypeConflict = "VariableTypeConflict"
    case noExpressionAlias = "NoExpressionAlias"
    case columnNameConflict = "ColumnNameConflict"
    case differentColumnsInUnion = "DifferentColumnsInUnion"
    case invalidClauseComposition = "InvalidClauseComposition"
    case invalidAggregation = "InvalidAggregation"
    case nestedAggregation = "NestedAggregation"
    case ambiguousAggregationExpression = "AmbiguousAggregationExpression"
    case nonConstantExpression = "NonConstantExpression"
    case negativeIntegerArgument = "NegativeIntegerArgument"
    case invalidArgumentType = "InvalidArgumentType"
    case invalidNumberOfArguments = "InvalidNumberOfArguments"
    case unknownFunction = "UnknownFunction"
    case invalidDelete = "InvalidDelete"
    case requiresDirectedRelationship = "RequiresDirectedRelationship"
    case creatingVarLength = "CreatingVarLength"
    case noSingleRelationshipType = "NoSingleRelationshipType"
    case invalidRelationshipPattern = "InvalidRelationshipPattern"
    case invalidParameterUse = "InvalidParameterUse"
    case noVariablesInScope = "NoVariablesInScope"
    case relationshipUniquenessViolation = "RelationshipUniquenessViolation"
    case invalidArgumentPassingMode = "InvalidArgumentPassingMode"
}

extension QueryError {
    /// A compile-time error at `position`. The TCK classes nearly all compile-time failures,
    /// semantic ones included, as `SyntaxError`; pass `errorClass` for the exceptions.
    static func compile(_ detail: CompileErrorDetail, _ message: String, at position: SourcePosition,
                        errorClass: String = "SyntaxError") -> QueryError {
        QueryError(errorClass: errorClass, detail: detail.rawValue, phase: .compileTime, message: message,
                   line: position.line, column: position.column)
    }
}
