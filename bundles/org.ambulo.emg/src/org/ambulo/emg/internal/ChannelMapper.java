package org.ambulo.emg.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ambulo.c3d.AnalogChannel;
import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.ForcePlatform;
import org.ambulo.emg.ElectrodeType;
import org.ambulo.emg.EmgChannel;
import org.ambulo.emg.EmgMapping;
import org.ambulo.emg.EmgProcessingSettings;
import org.ambulo.emg.LabelReading;
import org.ambulo.emg.MuscleAssignment;
import org.ambulo.emg.MuscleLabels;
import org.ambulo.emg.UnmappedChannel;

/** Assigns analog channels to muscles: explicit map first, then label reading; force-plate channels never. */
public final class ChannelMapper {

    private ChannelMapper() {
    }

    public static EmgMapping map(C3dFile file, EmgProcessingSettings settings) {
        Set<Integer> plateChannels = new HashSet<>();
        for (ForcePlatform plate : file.forcePlatforms()) {
            for (int c : plate.channels()) {
                plateChannels.add(c - 1);
            }
        }
        List<EmgChannel> mapped = new ArrayList<>();
        List<UnmappedChannel> unmapped = new ArrayList<>();
        Set<String> explicitUsed = new HashSet<>();
        List<AnalogChannel> analogs = file.analogs();
        for (int i = 0; i < analogs.size(); i++) {
            AnalogChannel a = analogs.get(i);
            String label = a.label().trim();
            Optional<Map.Entry<String, MuscleAssignment>> explicit = explicitEntry(settings.channelMap(), label);
            if (explicit.isPresent()) {
                MuscleAssignment m = explicit.get().getValue();
                explicitUsed.add(explicit.get().getKey());
                mapped.add(new EmgChannel(label, i, m.muscle(), m.side(), m.electrode(), "explicit map"));
                continue;
            }
            if (plateChannels.contains(i)) {
                continue;
            }
            boolean saysEmg = label.toLowerCase(Locale.ROOT).contains("emg") || a.description().toLowerCase(Locale.ROOT).contains("emg");
            if (!settings.recogniseLabels()) {
                if (saysEmg) {
                    unmapped.add(new UnmappedChannel(label, i, "not in the channel map (label reading is off)"));
                }
                continue;
            }
            LabelReading reading = MuscleLabels.read(label);
            if (reading instanceof LabelReading.Read read) {
                mapped.add(new EmgChannel(label, i, read.muscle(), read.side(), ElectrodeType.SURFACE, read.basis()));
            } else if (reading instanceof LabelReading.Unread unread && (unread.namesAMuscle() || saysEmg)) {
                unmapped.add(new UnmappedChannel(label, i, unread.reason()));
            }
        }
        List<String> missing = settings.channelMap().keySet().stream().filter(k -> !explicitUsed.contains(k)).sorted().toList();
        return new EmgMapping(mapped, unmapped, missing);
    }

    /** Exact label first, then ignoring case and surrounding blanks. */
    private static Optional<Map.Entry<String, MuscleAssignment>> explicitEntry(Map<String, MuscleAssignment> map, String label) {
        if (map.containsKey(label)) {
            return Optional.of(Map.entry(label, map.get(label)));
        }
        return map.entrySet().stream().filter(e -> e.getKey().trim().equalsIgnoreCase(label)).findFirst();
    }
}
