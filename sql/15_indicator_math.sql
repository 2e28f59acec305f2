-- 15_indicator_math.sql: the operators + - * / on indicators, ratio(), and the growth
-- functions (src/indicator_math.c; rules in src/core/arith.c and src/core/growth.c).

CREATE FUNCTION @extschema@.indicator_pl(@extschema@.indicator, @extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_pl' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_pl(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of indicator + indicator';
CREATE FUNCTION @extschema@.indicator_mi(@extschema@.indicator, @extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_mi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_mi(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of indicator - indicator';
CREATE FUNCTION @extschema@.indicator_um(@extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_um' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_um(@extschema@.indicator) IS
    'implementation of unary - on indicator';
CREATE FUNCTION @extschema@.indicator_mul(@extschema@.indicator, @extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_mul' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_mul(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of indicator * indicator';
CREATE FUNCTION @extschema@.indicator_div(@extschema@.indicator, @extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_div' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_div(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of indicator / indicator';
CREATE FUNCTION @extschema@.indicator_mul_numeric(@extschema@.indicator, numeric) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_mul_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_mul_numeric(@extschema@.indicator, numeric) IS
    'implementation of indicator * numeric';
CREATE FUNCTION @extschema@.numeric_mul_indicator(numeric, @extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'numeric_mul_indicator' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.numeric_mul_indicator(numeric, @extschema@.indicator) IS
    'implementation of numeric * indicator';
CREATE FUNCTION @extschema@.indicator_div_numeric(@extschema@.indicator, numeric) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_div_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_div_numeric(@extschema@.indicator, numeric) IS
    'implementation of indicator / numeric';
CREATE FUNCTION @extschema@.ratio(@extschema@.indicator, @extschema@.indicator) RETURNS numeric
    AS 'MODULE_PATHNAME', 'indicator_ratio' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ratio(@extschema@.indicator, @extschema@.indicator) IS
    'a / b within one dimension, as numeric (18 significant digits, half-even)';

CREATE OPERATOR @extschema@.+ (LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_pl, COMMUTATOR = OPERATOR(@extschema@.+));
COMMENT ON OPERATOR @extschema@.+ (@extschema@.indicator, @extschema@.indicator) IS
    'sum within a dimension, exact; qualifiers combine as sound bounds (% + 个百分点 is %)';
CREATE OPERATOR @extschema@.- (LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_mi);
COMMENT ON OPERATOR @extschema@.- (@extschema@.indicator, @extschema@.indicator) IS
    'difference within a dimension, exact (% - % is 个百分点)';
CREATE OPERATOR @extschema@.- (RIGHTARG = @extschema@.indicator, FUNCTION = @extschema@.indicator_um);
COMMENT ON OPERATOR @extschema@.- (NONE, @extschema@.indicator) IS
    'negation (swaps ≥ and ≤)';
CREATE OPERATOR @extschema@.* (LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_mul, COMMUTATOR = OPERATOR(@extschema@.*));
COMMENT ON OPERATOR @extschema@.* (@extschema@.indicator, @extschema@.indicator) IS
    'product: a per-unit figure times its denominator gives the numerator unit';
CREATE OPERATOR @extschema@./ (LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_div);
COMMENT ON OPERATOR @extschema@./ (@extschema@.indicator, @extschema@.indicator) IS
    'quotient: across dimensions a per-unit figure (1.4万亿元 / 1000万人 = 14万元/人)';
CREATE OPERATOR @extschema@.* (LEFTARG = @extschema@.indicator, RIGHTARG = numeric,
    FUNCTION = @extschema@.indicator_mul_numeric, COMMUTATOR = OPERATOR(@extschema@.*));
COMMENT ON OPERATOR @extschema@.* (@extschema@.indicator, numeric) IS
    'the figure scaled by a number (a negative factor swaps ≥ and ≤)';
CREATE OPERATOR @extschema@.* (LEFTARG = numeric, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.numeric_mul_indicator, COMMUTATOR = OPERATOR(@extschema@.*));
COMMENT ON OPERATOR @extschema@.* (numeric, @extschema@.indicator) IS
    'the figure scaled by a number (a negative factor swaps ≥ and ≤)';
CREATE OPERATOR @extschema@./ (LEFTARG = @extschema@.indicator, RIGHTARG = numeric,
    FUNCTION = @extschema@.indicator_div_numeric);
COMMENT ON OPERATOR @extschema@./ (@extschema@.indicator, numeric) IS
    'the figure divided by a number (22012 on zero)';

-- Growth: rates, applying and backing out changes, compound annual growth.

CREATE FUNCTION @extschema@.growth(current @extschema@.indicator, previous @extschema@.indicator,
        basis text DEFAULT NULL, unit text DEFAULT '%', digits integer DEFAULT 1)
    RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_growth' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.growth(@extschema@.indicator, @extschema@.indicator, text, text, integer) IS
    'current / previous - 1 as a change (同比增长12.9%), rounded half-even to digits';

CREATE FUNCTION @extschema@.apply_change(base @extschema@.indicator, change @extschema@.indicator)
    RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_apply_change' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.apply_change(@extschema@.indicator, @extschema@.indicator) IS
    'the base figure after a change (% change, percentage points or an absolute change)';
CREATE FUNCTION @extschema@.base_value(current @extschema@.indicator, change @extschema@.indicator)
    RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_base_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.base_value(@extschema@.indicator, @extschema@.indicator) IS
    'the figure before a change: current / (1 + r) for a % change';
CREATE FUNCTION @extschema@.cagr(first @extschema@.indicator, last @extschema@.indicator,
        years numeric, digits integer DEFAULT 1)
    RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_cagr' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cagr(@extschema@.indicator, @extschema@.indicator, numeric, integer) IS
    'compound annual growth (last / first)^(1/years) - 1 as 年均增长x%, half-even to digits';
