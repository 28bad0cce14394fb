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
        /// Wraps a string id; the named static members cover every detail this engine raises.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The string id.
        public var description: String { rawValue }
    }
}

// Compile time (class `SyntaxError` unless noted).
extension QueryError.DetailCode {
    /// A token the grammar does not allow here (also an unterminated comment, a stray ASCII character,
    /// a pattern used as a value).
    public static let unexpectedSyntax = Self(rawValue: "UnexpectedSyntax")
    /// An integer literal (or a relationship length bound) too large for 64 bits; at run time, class
    /// `ArithmeticError`: integer arithmetic overflowed.
    public static let integerOverflow = Self(rawValue: "IntegerOverflow")
    /// A float literal too large to be finite.
    public static let floatingPointOverflow = Self(rawValue: "FloatingPointOverflow")
    /// A number literal that does not parse (e.g. `1e`, `0x`).
    public static let invalidNumberLiteral = Self(rawValue: "InvalidNumberLiteral")
    /// A `\u`/`\U` escape in a string literal without the right number of hex digits, or not naming a
    /// character.
    public static let invalidUnicodeLiteral = Self(rawValue: "InvalidUnicodeLiteral")
    /// A non-ASCII character outside a string literal or escaped name.
    public static let invalidUnicodeCharacter = Self(rawValue: "InvalidUnicodeCharacter")
    /// A variable used before any clause binds it.
    public static let undefinedVariable = Self(rawValue: "UndefinedVariable")
    /// A variable declared twice, or one that `CREATE` would bind although it is already bound (class
    /// `SemanticError` when found at run time).
    public static let variableAlreadyBound = Self(rawValue: "VariableAlreadyBound")
    /// A variable used as two kinds of thing (e.g. bound to a relationship, then used as a node).
    public static let variableTypeConflict = Self(rawValue: "VariableTypeConflict")
    /// A `WITH` item that is an expression without `AS`.
    public static let noExpressionAlias = Self(rawValue: "NoExpressionAlias")
    /// Two `WITH`/`RETURN` items with the same name.
    public static let columnNameConflict = Self(rawValue: "ColumnNameConflict")
    /// `UNION` branches that return different columns.
    public static let differentColumnsInUnion = Self(rawValue: "DifferentColumnsInUnion")
    /// Clauses in an order or combination the language forbids (`RETURN` not last, `UNION` mixed with
    /// `UNION ALL`, an update inside `EXISTS { … }`).
    public static let invalidClauseComposition = Self(rawValue: "InvalidClauseComposition")
    /// An aggregate function outside a `WITH`/`RETURN` projection.
    public static let invalidAggregation = Self(rawValue: "InvalidAggregation")
    /// An aggregate function inside another one.
    public static let nestedAggregation = Self(rawValue: "NestedAggregation")
    /// A projection that uses, beside an aggregate, an expression that is not a grouping key
    /// (or a grouping key too complex to reuse without an alias).
    public static let ambiguousAggregationExpression = Self(rawValue: "AmbiguousAggregationExpression")
    /// `SKIP`/`LIMIT` depending on variables, or a non-deterministic function inside an aggregation.
    public static let nonConstantExpression = Self(rawValue: "NonConstantExpression")
    /// A negative `SKIP` or `LIMIT` (also at run time, from a parameter).
    public static let negativeIntegerArgument = Self(rawValue: "NegativeIntegerArgument")
    /// An argument or operand of the wrong type (at compile time when the type is known, else class
    /// `TypeError` at run time).
    public static let invalidArgumentType = Self(rawValue: "InvalidArgumentType")
    /// A function called with too few or too many arguments.
    public static let invalidNumberOfArguments = Self(rawValue: "InvalidNumberOfArguments")
    /// A function name the engine does not know.
    public static let unknownFunction = Self(rawValue: "UnknownFunction")
    /// `DELETE` of something that is not a node, relationship or path (e.g. a label expression).
    public static let invalidDelete = Self(rawValue: "InvalidDelete")
    /// A `CREATE` relationship pattern without a direction.
    public static let requiresDirectedRelationship = Self(rawValue: "RequiresDirectedRelationship")
    /// `CREATE`/`MERGE` of a variable-length relationship.
    public static let creatingVarLength = Self(rawValue: "CreatingVarLength")
    /// `CREATE`/`MERGE` of a relationship without exactly one type.
    public static let noSingleRelationshipType = Self(rawValue: "NoSingleRelationshipType")
    /// Malformed relationship length bounds (negative, or bounds without `*`).
    public static let invalidRelationshipPattern = Self(rawValue: "InvalidRelationshipPattern")
    /// A `$parameter` used as a whole property map where the language forbids it (in `MATCH`/`MERGE`
    /// patterns).
    public static let invalidParameterUse = Self(rawValue: "InvalidParameterUse")
    /// `RETURN *`/`WITH *` with no variables in scope.
    public static let noVariablesInScope = Self(rawValue: "NoVariablesInScope")
    /// The same relationship variable used twice in one pattern.
    public static let relationshipUniquenessViolation = Self(rawValue: "RelationshipUniquenessViolation")
    /// A TCK detail for procedure calls; kept for matching, not raised by this engine (it has no
    /// procedures).
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
    /// Class `ArgumentError`/`TypeError` at run time: a value of the accepted type that a function or
    /// accessor cannot use (e.g. an unknown temporal component).
    public static let invalidArgumentValue = Self(rawValue: "InvalidArgumentValue")
    /// Class `TypeError`: a value that cannot be stored as a property (a map, a node, a nested list).
    public static let invalidPropertyType = Self(rawValue: "InvalidPropertyType")
    /// Class `TypeError`: `map[key]` with a key that is not a string.
    public static let mapElementAccessByNonString = Self(rawValue: "MapElementAccessByNonString")
    /// Class `ArgumentError`: a number outside the range a function accepts (a percentile outside 0.0 …
    /// 1.0, a negative `substring()` length).
    public static let numberOutOfRange = Self(rawValue: "NumberOutOfRange")
    /// Class `ArithmeticError`: integer division or modulo by zero.
    public static let divisionByZero = Self(rawValue: "DivisionByZero")
    /// Class `ConstraintVerificationFailed`: `DELETE` (without `DETACH`) of a node that still has
    /// relationships.
    public static let deleteConnectedNode = Self(rawValue: "DeleteConnectedNode")
    /// Class `ConstraintVerificationFailed`: a `CREATE` that would give two nodes the same `id`.
    public static let duplicateID = Self(rawValue: "DuplicateID")
    /// Class `SemanticError`: a `MERGE` pattern property that evaluates to `null` (so it can be
    /// neither matched nor created; the TCK's name for the detail).
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
