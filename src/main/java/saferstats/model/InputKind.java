package saferstats.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of source a priority can take categories from (SPEC 2). */
public enum InputKind {
  POLICE_UK("police-uk", "police.uk crime type"),
  MPS("mps", "MPS Major/Minor text (Major/* for every minor)"),
  /** The MPS Monthly Crime Dashboard's named subgroups (SPEC 1.4b). */
  MPS_DASHBOARD(
      "mps-dashboard",
      "MPS Monthly Crime Dashboard Group/Subgroup (no Group/*: subgroups overlap)"),
  HOME_OFFICE("home-office", "Home Office offence code or subgroup"),
  RECORDS("records", "local extract category");

  private final String id;
  private final String describes;

  InputKind(String id, String describes) {
    this.id = id;
    this.describes = describes;
  }

  public String id() {
    return id;
  }

  public String describes() {
    return describes;
  }

  public static Optional<InputKind> of(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equalsIgnoreCase(id.strip())).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
