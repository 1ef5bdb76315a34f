package org.agentset.ca.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Console messages that survive the redirect after a successful action. */
final class Messages {

  private Messages() {}

  static void info(String summary, String detail) {
    add(FacesMessage.SEVERITY_INFO, summary, detail);
  }

  static void error(String summary, String detail) {
    add(FacesMessage.SEVERITY_ERROR, summary, detail);
  }

  private static void add(FacesMessage.Severity severity, String summary, String detail) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, summary, detail));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
