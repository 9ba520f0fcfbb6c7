-- Address search: a typed street ("Edgewood Ave NE, Decatur") is looked for among the streets only,
-- through a trigram index of the streets alone, instead of among every house that bears its name.
-- Only whole literal 'STREET' in the query matches this partial index: AddressIndex writes it so.
CREATE INDEX routing_address_street_search ON routing_address USING gin (search_text gin_trgm_ops)
    WHERE kind = 'STREET';
