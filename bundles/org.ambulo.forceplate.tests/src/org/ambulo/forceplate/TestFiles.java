package org.ambulo.forceplate;

import java.io.IOException;
import java.util.OptionalDouble;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.C3dReader;
import org.ambulo.testdata.SharedData;

/** The shared C3D files these tests read in place. */
final class TestFiles {

    static final String SAMPLES = "biomechanics-foundation__c3dio/tests/c3d_org_samples/";
    static final String PIG = "OpenMA__openma-data/input/c3d/plugingait/";
    static final String OTHER = "OpenMA__openma-data/input/c3d/other/";
    static final String EZC3D = "pyomeca__ezc3d-testFiles/";
    static final double G = 9.81;

    private TestFiles() {
    }

    static C3dFile read(String relative) throws IOException {
        return C3dReader.read(SharedData.resolve(relative));
    }

    /** PROCESSING:Bodymass in kg, where Nexus stored it. */
    static OptionalDouble bodyMassKg(C3dFile file) {
        return file.parameters().parameter("PROCESSING", "Bodymass").map(C3dParameter::firstNumber).orElse(OptionalDouble.empty());
    }
}
