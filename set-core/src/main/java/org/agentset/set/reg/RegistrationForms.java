package org.agentset.set.reg;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.reg.RegField;
import org.agentset.set.asn1.reg.RegFormData;
import org.agentset.set.asn1.reg.RegFormItem;
import org.agentset.set.asn1.reg.RegTemplate;

/**
 * Registration forms as data: the field names AgentSET's CA asks for, building a form, reading the
 * answers of CertReqData, and the card checks every card issuer makes before certifying a card.
 */
public final class RegistrationForms {

  /** A merchant's or gateway's enrolment code, given by its acquirer out of band. */
  public static final String ENROLMENT_CODE = "EnrolmentCode";

  /** The cardholder's name as on the card. */
  public static final String CARDHOLDER_NAME = "CardholderName";

  /** The largest answer a form field takes. */
  public static final int MAX_ANSWER = 128;

  private RegistrationForms() {}

  /**
   * A form with {@code id}, the policy text the end entity accepts, and {@code fields} (name →
   * required), each at most {@link #MAX_ANSWER} characters.
   */
  public static RegFormData form(int id, String policy, Map<String, Boolean> fields) {
    List<RegField> list = new ArrayList<>();
    for (Map.Entry<String, Boolean> f : fields.entrySet()) {
      list.add(
          new RegField(null, SetString.of(f.getKey(), 128), null, MAX_ANSWER, f.getValue(), false));
    }
    return new RegFormData(new RegTemplate(id, null, null, list), SetString.of(policy, 4096));
  }

  /** The answers {@code values} gives to {@code form}'s fields, in the form's order. */
  static List<RegFormItem> answer(RegFormData form, Map<String, String> values) {
    List<RegFormItem> items = new ArrayList<>();
    for (RegField f : form.getRegTemplate().getRegFieldSeq()) {
      String name = f.getFieldName().toString();
      String v = values.get(name);
      if (v != null && !v.isEmpty()) {
        items.add(new RegFormItem(SetString.of(name, 128), SetString.of(v, MAX_ANSWER)));
      }
    }
    return items.isEmpty() ? null : items;
  }

  /**
   * The answers of {@code items} to {@code form}, or null if one is missing, unknown or repeated.
   */
  static Map<String, String> read(RegFormData form, List<RegFormItem> items) {
    Map<String, Boolean> fields = new LinkedHashMap<>();
    for (RegField f : form.getRegTemplate().getRegFieldSeq()) {
      fields.put(f.getFieldName().toString(), f.isFieldRequired());
    }
    Map<String, String> answers = new LinkedHashMap<>();
    for (RegFormItem i : items == null ? List.<RegFormItem>of() : items) {
      String name = i.getFieldName().toString();
      if (!fields.containsKey(name) || answers.put(name, i.getFieldValue().toString()) != null) {
        return null;
      }
    }
    for (Map.Entry<String, Boolean> f : fields.entrySet()) {
      if (f.getValue() && !answers.containsKey(f.getKey())) {
        return null;
      }
    }
    return answers;
  }

  /** Whether {@code pan} (digits only) passes the Luhn check. */
  public static boolean luhn(String pan) {
    if (pan == null || !pan.matches("[0-9]{12,19}")) {
      return false;
    }
    int sum = 0;
    boolean twice = false;
    for (int i = pan.length() - 1; i >= 0; i--) {
      int d = pan.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /** Whether a card expiring in {@code expiry} has expired in {@code now}'s month. */
  public static boolean expired(YearMonth expiry, YearMonth now) {
    return expiry.isBefore(now);
  }
}
