package org.ambulo.report;

import java.util.List;

/** The laboratory's capabilities: name, equipment (cameras, plates, EMG, video, software) and personnel. */
public record Laboratory(String name, String address, List<String> equipment, List<String> personnel) {
    public Laboratory {
        Texts.require(name, "laboratory name");
        address = address == null ? "" : address;
        equipment = Texts.copy(equipment, "equipment");
        personnel = Texts.copy(personnel, "personnel");
    }
}
