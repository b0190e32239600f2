package org.ambulo.signal;

/** How a gap was filled. */
public enum FillMethod {
    /** Natural cubic spline through valid frames on both sides of the gap. */
    SPLINE,
    /** Position in the frame of three other markers of the same segment, assumed rigid. */
    RIGID_BODY
}
