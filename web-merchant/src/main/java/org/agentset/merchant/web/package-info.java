/** The storefront's Faces views: one view-scoped bean per page. */
package org.agentset.merchant.web;
