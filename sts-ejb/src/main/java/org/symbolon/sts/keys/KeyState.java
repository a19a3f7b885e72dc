package org.symbolon.sts.keys;

/** A signing key's life: published before it signs, published after it stops until its tokens expire. */
public enum KeyState {
    NEXT,
    ACTIVE,
    RETIRED
}
