extension QueryError {
    /// The class of a ``QueryError``, matchable with `switch` or `==`
    /// (`error.code == .syntaxError`); ``QueryError/errorClass`` is its string id, the name
    /// openCypher's TCK uses (`rawValue`).
    ///
    /// The set is closed: these are every class the engine raises.
    public enum Code: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// The query text is not valid; also nearly every compile-time semantic failure, as
        /// the TCK classes them.
        case syntaxError = "SyntaxError"
        /// A semantic failure found while the query runs (e.g. `MERGE` reading its own writes).
        case semanticError = "SemanticError"
        /// A value of the wrong type.
        case typeError = "TypeError"
        /// A value of the right type but out of range, or an invalid ``QueryOptions`` value.
        case argumentError = "ArgumentError"
        /// Integer overflow or division by zero.
        case arithmeticError = "ArithmeticError"
        /// A write that would break the graph (a connected node deleted, an id used twice).
        case constraintVerificationFailed = "ConstraintVerificationFailed"
        /// The query reads a `$parameter` that was not supplied.
        case parameterMissing = "ParameterMissing"
        /// A limit of ``QueryOptions`` was exceeded (time, rows, memory).
        case limitExceeded = "LimitExceeded"
        /// The caller cancelled the query.
        case cancelled = "Cancelled"

        /// The string id, e.g. `SyntaxError`.
        public var description: String { rawValue }
    }

    /// The detail of a ``QueryError``, matchable with `switch` or `==`
    /// (`error.detailCode == .unknownFunction`); ``QueryError/detail`` is its string id, the
    /// TCK's detail name (`rawValue`) or one of this engine's limits (`Timeout`, `MaxRows`,
    /// `MemoryLimitExceeded`, `Cancelled`).
    ///
    /// A struct with static members rather than an enum, like GRDB's `ResultCode`: the
    /// openCypher TCK names more details than this engine raises, and raising one more must not
    /// break a caller's exhaustive `switch`.
    public struct DetailCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The string id, e.g. `UnknownFunction`.
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The string id.
        public var description: String { rawValue }
    }
}

// Compile time (class `SyntaxError` unless noted).
extension QueryError.DetailCode {
    public static let unexpectedSyntax = Self(rawValue: "UnexpectedSyntax")
    public static let integerOverflow = Self(rawValue: "IntegerOverflow")
    public static let floatingPointOverflow = Self(rawValue: "FloatingPointOverflow")
    public static let invalidNumberLiteral = Self(rawValue: "InvalidNumberLiteral")
    public static let invalidUnicodeLiteral = Self(rawValue: "InvalidUnicodeLiteral")
    public static let invalidUnicodeCharacter = Self(rawValue: "InvalidUnicodeCharacter")
    public static let undefinedVariable = Self(rawValue: "UndefinedVariable")
    public static let variableAlreadyBound = Self(rawValue: "VariableAlreadyBound")
    public static let variableTypeConflict = Self(rawValue: "VariableTypeConflict")
    public static let noExpressionAlias = Self(rawValue: "NoExpressionAlias")
    public static let columnNameConflict = Self(rawValue: "ColumnNameConflict")
    public static let differentColumnsInUnion = Self(rawValue: "DifferentColumnsInUnion")
    public static let invalidClauseComposition = Self(rawValue: "InvalidClauseComposition")
    public static let invalidAggregation = Self(rawValue: "InvalidAggregation")
    public static let nestedAggregation = Self(rawValue: "NestedAggregation")
    public static let ambiguousAggregationExpression = Self(rawValue: "AmbiguousAggregationExpression")
    public static let nonConstantExpression = Self(rawValue: "NonConstantExpression")
    public static let negativeIntegerArgument = Self(rawValue: "NegativeIntegerArgument")
    public static let invalidArgumentType = Self(rawValue: "InvalidArgumentType")
    public static let invalidNumberOfArguments = Self(rawValue: "InvalidNumberOfArguments")
    public static let unknownFunction = Self(rawValue: "UnknownFunction")
    public static let invalidDelete = Self(rawValue: "InvalidDelete")
    public static let requiresDirectedRelationship = Self(rawValue: "RequiresDirectedRelationship")
    public static let creatingVarLength = Self(rawValue: "CreatingVarLength")
    public static let noSingleRelationshipType = Self(rawValue: "NoSingleRelationshipType")
    public static let invalidRelationshipPattern = Self(rawValue: "InvalidRelationshipPattern")
    public static let invalidParameterUse = Self(rawValue: "InvalidParameterUse")
    public static let noVariablesInScope = Self(rawValue: "NoVariablesInScope")
    public static let relationshipUniquenessViolation = Self(rawValue: "RelationshipUniquenessViolation")
    public static let invalidArgumentPassingMode = Self(rawValue: "InvalidArgumentPassingMode")
    /// A feature this engine does not implement.
    public static let unsupportedFeature = Self(rawValue: "UnsupportedFeature")
    /// Class `ParameterMissing`.
    public static let missingParameter = Self(rawValue: "MissingParameter")
    /// Class `ArgumentError`: a ``QueryOptions`` value out of range.
    public static let invalidQueryOption = Self(rawValue: "InvalidQueryOption")
}

// Runtime.
extension QueryError.DetailCode {
    public static let invalidArgumentValue = Self(rawValue: "InvalidArgumentValue")
    public static let invalidPropertyType = Self(rawValue: "InvalidPropertyType")
    public static let mapElementAccessByNonString = Self(rawValue: "MapElementAccessByNonString")
    public static let numberOutOfRange = Self(rawValue: "NumberOutOfRange")
    public static let divisionByZero = Self(rawValue: "DivisionByZero")
    public static let deleteConnectedNode = Self(rawValue: "DeleteConnectedNode")
    public static let duplicateID = Self(rawValue: "DuplicateID")
    public static let mergeReadOwnWrites = Self(rawValue: "MergeReadOwnWrites")
    /// `range()` would build a list longer than the engine allows.
    public static let rangeTooLarge = Self(rawValue: "RangeTooLarge")
}

// This engine's limits (classes `LimitExceeded` and `Cancelled`).
extension QueryError.DetailCode {
    /// ``QueryOptions/timeout`` passed.
    public static let timeout = Self(rawValue: "Timeout")
    /// More than ``QueryOptions/maxRows`` result rows.
    public static let maxRows = Self(rawValue: "MaxRows")
    /// More than ``QueryOptions/maxMemory`` bytes of intermediate state.
    public static let memoryLimitExceeded = Self(rawValue: "MemoryLimitExceeded")
    /// ``QueryOptions/cancellation`` was set.
    public static let cancelled = Self(rawValue: "Cancelled")
}
