# Only citizenship is known: everything else is absent, so it is unknown.
citizenship: us-citizen
