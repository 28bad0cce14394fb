extension Parser {
    /// `[DISTINCT] (* [, items] | items) [ORDER BY sortItems] [SKIP e] [LIMIT e]`.
    mutating func parseProjection() throws(QueryError) -> Projection {
        let start = current.span.start
        let isDistinct = consumeKeyword("DISTINCT")
        var includesAll = false
        var items: [ProjectionItem] = []
        if consumeSymbol(.star) {
            includesAll = true
            while consumeSymbol(.comma) { items.append(try parseProjectionItem()) }
        } else {
            repeat { items.append(try parseProjectionItem()) } while consumeSymbol(.comma)
        }
        var orderBy: [SortItem] = []
        if consumeKeyword("ORDER") {
            try expectKeyword("BY")
            repeat { orderBy.append(try parseSortItem()) } while consumeSymbol(.comma)
        }
        let skip = consumeKeyword("SKIP") ? try parseExpression() : nil
        let limit = consumeKeyword("LIMIT") ? try parseExpression() : nil
        return Projection(isDistinct: isDistinct, includesAll: includesAll, items: items, orderBy: orderBy,
                          skip: skip, limit: limit, span: span(from: start))
    }

    /// `expression [AS name]`; keeps the expression's text for the column name.
    private mutating func parseProjectionItem() throws(QueryError) -> ProjectionItem {
        let start = current.span.start
        let expression = try parseExpression()
        let text = source.text(of: expression.span)
        let alias = consumeKeyword("AS") ? try expectName("an alias after AS") : nil
        return ProjectionItem(expression: expression, alias: alias, text: text, span: span(from: start))
    }

    /// `expression [ASC | ASCENDING | DESC | DESCENDING]`.
    private mutating func parseSortItem() throws(QueryError) -> SortItem {
        let start = current.span.start
        let expression = try parseExpression()
        var isAscending = true
        if consumeKeyword("DESC") || consumeKeyword("DESCENDING") {
            isAscending = false
        } else {
            _ = consumeKeyword("ASC") || consumeKeyword("ASCENDING")
        }
        return SortItem(expression: expression, isAscending: isAscending, span: span(from: start))
    }
}
