"""The de-identification gate and immediate-risk handling: the confidentiality officer's stage."""
