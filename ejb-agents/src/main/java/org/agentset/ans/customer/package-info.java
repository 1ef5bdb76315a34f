/** Customer agents: stateful session beans that negotiate for one customer. */
package org.agentset.ans.customer;
