package org.ambulo.emg;

import java.util.List;

/**
 * The EMG channels of a trial: those assigned to a muscle and side, and the EMG-like ones that could not be.
 * Analog channels of force plates and channels that neither say EMG nor name a muscle are not EMG and appear in
 * neither list.
 *
 * @param channels
 *            channels with a muscle and side, in file order
 * @param unmapped
 *            EMG-like channels without one, with the reason
 * @param mapEntriesNotFound
 *            labels of the explicit channel map that the file does not have (a montage for another setup?)
 */
public record EmgMapping(List<EmgChannel> channels, List<UnmappedChannel> unmapped, List<String> mapEntriesNotFound) {

    public EmgMapping {
        channels = List.copyOf(channels);
        unmapped = List.copyOf(unmapped);
        mapEntriesNotFound = List.copyOf(mapEntriesNotFound);
    }

    /** The muscles counted for the coding record. */
    public EmgCoding coding() {
        return EmgCoding.of(channels);
    }
}
