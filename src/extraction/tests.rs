//! Data-driven extraction tests: article text in, expected observations out.
